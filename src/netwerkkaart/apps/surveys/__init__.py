"""Survey rounds run through the site: questionnaire versions, invitations, answers."""
