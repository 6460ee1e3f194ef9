"""Scripts whose printed output the build puts on the pages, one script per output."""
