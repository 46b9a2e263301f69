// Outlets by normalised domain. The name (and logos) from a document's main block win over a related item's.
// :param outlets => [{domain: 'express.co.uk', fromMain: true, properties: {name: 'Daily Express'}}]
UNWIND $outlets AS row
MERGE (o:Outlet {domain: row.domain})
WITH o, row, row.fromMain OR o.fromMain IS NULL AS replaces
SET o += CASE WHEN replaces THEN row.properties ELSE {} END
SET o.fromMain = CASE WHEN row.fromMain THEN true ELSE o.fromMain END
