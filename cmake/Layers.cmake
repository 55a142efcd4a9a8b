# Which folders of libmoderation each folder may include: DESIGN.md's "Dependencies run one way"
# (connector → store → policy → router → desk), written once. cmake/CheckLayers.cmake enforces it
# before the library compiles, so an upward include fails the build.
#
# One row a folder: MODERATION_LAYER_<folder> lists the folders whose headers its files may
# include; "folder/Header.h" allows that one header (an interface a lower layer defines and a
# higher one implements, as policy/AuthorActivity.h is implemented by storage/). A folder's own
# headers are always allowed, and the generated Version.h. A folder without a row fails the
# check: a new folder (routing/, review/, outbox/, reports/, credentials/) gets its row here as
# it arrives. Nothing in libmoderation includes app/.

# Value types: nothing of ours.
set(MODERATION_LAYER_model "")
# Pure building blocks.
set(MODERATION_LAYER_json model)
set(MODERATION_LAYER_text model json)
set(MODERATION_LAYER_audit model)
# The policy: pure functions of comments and policies.
set(MODERATION_LAYER_policy model text json)
# The only place with SQL: the interfaces of policy/ it implements, never the layers above.
set(MODERATION_LAYER_storage model audit text policy/AuthorActivity.h policy/CommentSource.h)
# Platform readers and clients: the wire formats, no store, no policy.
set(MODERATION_LAYER_connectors model json)
# Secrets in the OS keychain.
set(MODERATION_LAYER_credentials model)
# Sends approved work through a connector's client, exactly once.
set(MODERATION_LAYER_outbox model json audit storage connectors credentials)
# The Facebook webhook receiver: its own target (Qt HttpServer), a connector's reader behind it.
set(MODERATION_LAYER_webhook model json connectors)
# The pipeline that ties them together.
set(MODERATION_LAYER_sync model json text audit policy storage connectors routing review outbox credentials)
# Reports and records export: read the stores, write files.
set(MODERATION_LAYER_reports model json text audit policy storage)
# Cases to people: users, the router, the SLA clock.
set(MODERATION_LAYER_routing model json text audit policy storage)
# Drafts and reviews: the workflow around the database's guards.
set(MODERATION_LAYER_review model json text audit policy storage routing)
