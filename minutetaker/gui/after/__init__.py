"""After the meeting, in the window: the record's state and lock, circulating,
corrections, agreeing, history and comparisons, the check and publishing."""
