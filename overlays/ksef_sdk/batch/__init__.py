"""Batch sessions: many invoices, one archive, encrypted parts, parallel upload, results per file.

``sesja-wsadowa.md`` of the KSeF documentation. Memory stays flat whatever the batch size: the archive
(ZIP or tar.gz) is written to a temporary file one invoice at a time, split into parts of at most 100 MB
(configurable), and each part is encrypted streaming into its own file; uploads stream those files.

::

    result = send_batch(client, Path("invoices/"))                 # every *.xml in the directory
    result = send_batch(client, [("fv1.xml", xml1), ("fv2.xml", xml2)], compression="targz")
    for name, invoice in result.by_file_name.items():
        print(name, invoice.ksef_number or (invoice.status_code, invoice.details))

    result = await asend_batch(client, invoices, concurrency=8, progress=print)

Uploads go to the pre-signed URLs KSeF returns, with exactly the returned method and headers and no
``Authorization``; each transfer is retried per the client's retry policy, and failed parts get further
rounds (``part_retries``). Results come from the paged session invoice list (1000 per page) and the
collective UPO - never one call per invoice.

**Resume.** With ``work_dir`` set, ``manifest.json`` there (mode 0600) records the session, the declared
parts, the upload URLs and which parts are uploaded (no key material: parts are already encrypted).
After a crash, :func:`resume_batch` reads the session's status and continues from wherever KSeF is.
"""

from __future__ import annotations

from ksef_sdk.batch._api import BatchOptions, ResumeOptions, aresume_batch, asend_batch, resume_batch, send_batch
from ksef_sdk.batch._flows import BatchResult
from ksef_sdk.batch._prepare import DEFAULT_PART_SIZE, BatchInput, BatchProgress, PreparedBatch, prepare_batch
from ksef_sdk.errors import BatchError, BatchUploadError, BatchWindowExpiredError

__all__ = [
    "DEFAULT_PART_SIZE",
    "BatchError",
    "BatchInput",
    "BatchOptions",
    "BatchProgress",
    "BatchResult",
    "BatchUploadError",
    "BatchWindowExpiredError",
    "PreparedBatch",
    "ResumeOptions",
    "aresume_batch",
    "asend_batch",
    "prepare_batch",
    "resume_batch",
    "send_batch",
]
