// Secondary indexes for queries that the services run on a real MongoDB without creating an index themselves
// (the test store, mongo-java-server, ignores non-unique indexes, so the services' tests never needed them).
// Idempotent: an index whose key pattern already exists — created by a service or by an earlier run — is left alone.
// Run once the services have started (they create their own indexes first):
//   compose: the one-shot service mongo-indexes;  k8s: the Job mongo-indexes (mongo-indexes.yaml)
//   by hand: mongosh "$MONGODB_URI" --file indexes.js
// See deploy/SCALING.md §7 for the query each index serves. Checked by vn.reform.manifests.MongoIndexesTest.
const indexes = [
  // submission-service: the outbox relay's start-up and safety sweep for unpublished report events
  { db: "reform_submission", collection: "report_events", key: { published: 1 },
    options: { name: "pending_outbox", partialFilterExpression: { published: false } } },
  // submission-service: unpublished catalogue changes (agencies, templates, rounds carry their outbox state)
  { db: "reform_submission", collection: "agencies", key: { "outbox.published": 1 },
    options: { name: "pending_outbox", partialFilterExpression: { "outbox.published": false } } },
  { db: "reform_submission", collection: "templates", key: { "outbox.published": 1 },
    options: { name: "pending_outbox", partialFilterExpression: { "outbox.published": false } } },
  { db: "reform_submission", collection: "rounds", key: { "outbox.published": 1 },
    options: { name: "pending_outbox", partialFilterExpression: { "outbox.published": false } } },
  // aggregation-service: the rounds of a template in data-window order (trends, previous round for outliers)
  { db: "reform_aggregation", collection: "catalogue_rounds", key: { templateCode: 1, dataTo: 1 },
    options: { name: "by_template_and_window" } },
  // notification-service: undelivered reminders of a day (and of earlier days) in creation order
  { db: "reform_notification", collection: "reminders", key: { status: 1, day: 1, createdAt: 1 },
    options: { name: "undelivered_by_day" } },
  // notification-service: the sweep's report states, all of the live rounds' or the awaited ones (returned, reopened)
  { db: "reform_notification", collection: "report_states", key: { round: 1 }, options: { name: "by_round" } },
  { db: "reform_notification", collection: "report_states", key: { status: 1 }, options: { name: "by_status" } },
  // notification-service: GET /api/reminders?round=…, optionally for one agency, in creation order
  { db: "reform_notification", collection: "reminders", key: { round: 1, agency: 1, createdAt: 1 },
    options: { name: "by_round_and_agency" } },
];

function indexesOf(collection) {
  try {
    return collection.getIndexes();
  } catch (e) {
    if (e.codeName === "NamespaceNotFound" || e.code === 26) {
      return []; // createIndex creates the collection
    }
    throw e;
  }
}

for (const index of indexes) {
  const collection = db.getSiblingDB(index.db).getCollection(index.collection);
  const wanted = JSON.stringify(index.key);
  const existing = indexesOf(collection).find(i => JSON.stringify(i.key) === wanted);
  if (existing) {
    print(`${index.db}.${index.collection} ${wanted}: present as ${existing.name}`);
  } else {
    collection.createIndex(index.key, index.options);
    print(`${index.db}.${index.collection} ${wanted}: created as ${index.options.name}`);
  }
}
