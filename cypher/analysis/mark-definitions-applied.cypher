// Remembers which definition files were applied, so that a change to them is noticed.
// :param kind => 'organisations'
// :param sha256 => '0000000000000000000000000000000000000000000000000000000000000000'
// :param files => ['/work/seeds/organisations.yml']
MERGE (d:Definitions {kind: $kind})
SET d.sha256 = $sha256, d.files = $files, d.appliedAt = datetime()
