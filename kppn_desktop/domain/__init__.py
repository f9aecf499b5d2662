"""Pure rules of the service: calendar, clocks, workflow, validation. No Qt, no SQL."""

