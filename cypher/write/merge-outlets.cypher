// Outlets by normalised domain. The name from a document's main block wins over one from a related item.
// :param outlets => [{domain: 'express.co.uk', name: 'Daily Express', fromMain: true}]
UNWIND $outlets AS row
MERGE (o:Outlet {domain: row.domain})
SET o.name = CASE WHEN row.fromMain OR o.name IS NULL THEN coalesce(row.name, o.name) ELSE o.name END
