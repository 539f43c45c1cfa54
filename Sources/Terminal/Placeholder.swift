// The terminal front end.
