"""Who does what by when, in one document or across several: the task table, the action asked, the documents listed, their order, and which plan item carries out which resolution item."""
