# \N without its braces closed.
message = "a\N{BULLET"
