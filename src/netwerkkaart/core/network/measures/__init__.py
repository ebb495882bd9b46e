"""Network measures, one function per measure, in a module per family."""
