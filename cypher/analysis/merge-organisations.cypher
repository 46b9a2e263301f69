// The gazetteer's organisations, created or updated by id.
// :param organisations => [{id: 'big-brother-watch', name: 'Big Brother Watch', kind: 'campaign-group', aliases: ['BBW']}]
UNWIND $organisations AS row
MERGE (o:Organisation {id: row.id})
SET o.name = row.name, o.kind = row.kind, o.aliases = row.aliases
