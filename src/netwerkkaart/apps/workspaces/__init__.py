"""Workspaces (one ecosystem each), memberships and roles, and the tenancy that scopes every query."""
