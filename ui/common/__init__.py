"""What several features share: the background worker, the optional-date widget, the
words for dates and times, discipline and entry-kind labels, labelled form rows, the
sections of a patient tab and the edits they track, and where PDFs are written.

A feature package (card, safety, rounds…) imports from here rather than from another
feature's modules, so each feature can change its insides on its own."""
