"""The lists of consultations: the table model that pages through the database."""
