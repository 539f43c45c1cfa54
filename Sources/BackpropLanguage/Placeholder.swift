// The language module; see README.md.
