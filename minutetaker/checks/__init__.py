"""What is looked at before a record leaves the building: spelling, and personal
data in the paragraphs the public version would hold. Text in, findings out: no
Qt, no SQL."""
