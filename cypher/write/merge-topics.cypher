// :param topics => ['AI', 'Computer Vision']
UNWIND $topics AS name
MERGE (:Topic {name: name})
