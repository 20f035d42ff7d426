"""After the meeting: the record circulated, corrected, agreed, checked and published.

Each step is one call the window or a command makes, on an open archive::

    from minutetaker.after_meeting import check, circulate, publish

    circulate.circulate(archive, meeting_id, path)      # version N kept, DRAFT file written
    check.check(archive, meeting_id).findings            # what may not be fit to publish
    check.accept(archive, meeting_id, finding)           # fine to publish: remembered
    check.withhold(archive, meeting_id, finding, "s40")  # its paragraph not for publication
    publish.publish(archive, meeting_id, path)           # public version and redaction log

Agreeing, unlocking with a reason and the versions are the store's own steps
(``archive.record(meeting_id)``). The long pure parts (the check of a loaded
meeting, comparing two versions) take plain objects and may run off the window's
thread. No Qt here.
"""
