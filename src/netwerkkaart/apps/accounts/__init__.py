"""Logging in and out (Django auth with hashed passwords and secure sessions)."""
