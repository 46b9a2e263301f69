// Figures for a loaded corpus.
RETURN COUNT { (:Article) } AS articles, COUNT { (:Outlet) } AS outlets, COUNT { (:Topic) } AS topics,
  COUNT { (:Image) } AS images, COUNT { ()-[]->() } AS relationships,
  COUNT { MATCH (u:Url)-[:IDENTIFIES]->(a:Article) WHERE u.url <> a.url } AS urlVariantsMerged,
  COUNT { MATCH (a:Article) WHERE COUNT { (:SourceDocument)-[:DESCRIBES {role: 'main'}]->(a) } > 1 } AS articlesInSeveralFiles,
  COUNT { MATCH (a:Article) WHERE a.titleRaw IS NOT NULL OR a.excerptRaw IS NOT NULL } AS articlesWithRepairedText
