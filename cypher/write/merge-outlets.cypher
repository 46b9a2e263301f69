// Outlets by normalised domain. The name (and logos) from a document's main block win over a related item's.
// Set inside MERGE, as in merge-articles, so that the plan needs no Eager step.
// :param outlets => [{domain: 'express.co.uk', fromMain: true, properties: {name: 'Daily Express'}}]
UNWIND $outlets AS row
MERGE (o:Outlet {domain: row.domain})
  ON CREATE SET o += row.properties, o.fromMain = CASE WHEN row.fromMain THEN true END
  ON MATCH SET o += CASE WHEN row.fromMain OR o.fromMain IS NULL THEN row.properties ELSE {} END,
    o.fromMain = CASE WHEN row.fromMain THEN true ELSE o.fromMain END
