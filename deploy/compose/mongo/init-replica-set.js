// Initiates the 3-member replica set rs0 once (idempotent), waits for a primary, and makes
// w: "majority" the cluster-wide default write concern (the services also ask for it in MONGODB_URI).
// Run by the compose service mongo-init: mongosh --host mongo1:27017 --file /scripts/init-replica-set.js
const members = [
  { _id: 0, host: "mongo1:27017", priority: 2 },
  { _id: 1, host: "mongo2:27017", priority: 1 },
  { _id: 2, host: "mongo3:27017", priority: 1 },
];

function initiated() {
  try {
    return rs.status().ok === 1;
  } catch (e) {
    if (e.codeName === "NotYetInitialized" || e.code === 94) {
      return false;
    }
    throw e;
  }
}

if (!initiated()) {
  printjson(rs.initiate({ _id: "rs0", members: members }));
}

const deadline = Date.now() + 120 * 1000;
while (!db.hello().isWritablePrimary) {
  if (Date.now() > deadline) {
    throw new Error("replica set rs0 elected no primary within 120 s");
  }
  sleep(1000);
}

printjson(db.adminCommand({
  setDefaultRWConcern: 1,
  defaultWriteConcern: { w: "majority", wtimeout: 10000 },
  defaultReadConcern: { level: "majority" },
}));
print("replica set rs0 ready, primary: " + db.hello().primary);
