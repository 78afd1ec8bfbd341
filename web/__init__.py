"""The web interface: the database in Datasette, read-only, with minutebook's own questions.

- `server.py`     builds and runs the Datasette instance `minutebook serve` opens
- `metadata.py`   titles, descriptions, facets, labels, sort orders and canned
                  queries (`data/metadata.json`), kept to what the database holds
- `plugin.py`     the Datasette plugin: SQL functions, the document route, links
                  from rows to their pages, the year facet
- `functions.py`  the SQL functions: owner and person matching through `store`
- `documents.py`  which stored file a document link may serve, and how

Needs the `web` extra: `pip install 'minutebook[web]'`.
"""
