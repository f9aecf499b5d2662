"""Small widgets and helpers shared by the pages and dialogs: field errors, remembered window geometry."""
