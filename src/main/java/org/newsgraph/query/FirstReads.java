package org.newsgraph.query;

import jakarta.inject.Singleton;
import org.newsgraph.NewsgraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers a first visitor asks for (the first page of articles and of stories, the
 * outlets' network the web page opens on), worked out while the server starts: Neo4j
 * compiles a statement the first time it runs, which on a new process takes seconds, and
 * this way the first request does not wait for it.
 */
@Singleton
public final class FirstReads {

	private static final Logger LOG = LoggerFactory.getLogger(FirstReads.class);

	private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

	private final ArticleQueries articles;

	private final StoryQueries stories;

	private final NetworkQueries networks;

	FirstReads(ArticleQueries articles, StoryQueries stories, NetworkQueries networks) {
		this.articles = articles;
		this.stories = stories;
		this.networks = networks;
	}

	/** On a thread of its own; nothing waits for it. */
	public void workOutInBackground() {
		Thread thread = new Thread(this::workOut, "newsgraph-first-reads");
		thread.setDaemon(true);
		thread.start();
	}

	private void workOut() {
		try {
			articles.search(null, FIRST_PAGE);
			stories.list(new StoryFilter(null, null, null, null, null, 1, "size"), FIRST_PAGE);
			networks.outlets(new NetworkFilter(null, null, null, null, 1, 500));
		}
		catch (NewsgraphException ex) {
			// Only a head start: the requests work the answers out themselves.
			LOG.debug("First reads not worked out ahead: {}", ex.getMessage());
		}
	}

}
