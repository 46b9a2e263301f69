package org.newsgraph.analysis.stories;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How articles are grouped into stories. The defaults were chosen by measurement on the
 * development labels (see the README's "Stories" section), not guessed.
 *
 * @param threshold two articles may be in one story when their link score reaches this
 * @param cohesion an article stays in a story while its links that reach the threshold,
 * their scores summed, weigh more than this times the number of the story's other
 * members: the least mean score per member that holds a story together (the resolution of
 * the constant Potts model). It keeps a chance link from joining two stories into one,
 * and chains of them from joining thousands at a million documents; 0 gives the connected
 * components of the links
 * @param centroid a member stays in its story while the cosine of its words with the rest
 * of the story's, summed, reaches this: a story is joined by likeness to it as a whole,
 * not by one link, so a headline that shares one word with a few members ("Money to Burn"
 * with a story about the best-paid musicians) is not kept in it; 0 keeps every member
 * @param distinctNames a link between two articles that both give names (people, firms,
 * places, acronyms) and share neither a name nor a figure has its score multiplied by
 * this: two firms' press releases of one kind, two bankruptcies on one day; 1 ignores
 * names
 * @param similarThreshold links from this score on are kept, to show similar stories
 * @param sameEventDays publication gaps up to this many days count as simultaneous
 * @param decayDays beyond that, the link score falls by a factor e every this many days
 * @param windowDays articles further apart than this are never compared
 * @param windowArticles a round compares its pending articles in windows of whole days
 * holding about this many of them, each with the articles within {@code windowDays} of
 * it: the heap a round needs grows with this, not with the corpus, and the stories do not
 * depend on it
 * @param relatedBoost a document's related list naming the other article raises the score
 * by this share
 * @param imageBoost a shared image raises the score by this share
 * @param nearDuplicate estimated Jaccard similarity from which two texts are copies of
 * each other
 * @param syndicated from this similarity, a copy under another outlet is flagged as
 * syndicated
 * @param blockingTerms each article is compared with the articles sharing one of its this
 * many most distinctive words
 * @param blockNeighbours within one such word or MinHash band, each article is compared
 * with at most this many of the articles that follow it in time (the nearest): a common
 * word's block would otherwise cost comparisons that grow with the square of the corpus's
 * density
 * @param topTerms words kept to describe a story
 * @param algorithm how the connected components of the links are found, before
 * {@code cohesion} splits them: {@code java} (a union-find over the links just made and
 * those the round kept), {@code gds} (Graph Data Science's WCC on a projection) or
 * {@code auto} (GDS when the server has it). Java is the default because it was faster:
 * 1.2 s against 4.8 s for the components of 21,920 articles, same stories
 */
@ConfigurationProperties("newsgraph.stories")
public record StorySettings(@Bindable(defaultValue = "0.17") double threshold,
		@Bindable(defaultValue = "0.02") double cohesion, @Bindable(defaultValue = "0.15") double centroid,
		@Bindable(defaultValue = "0.5") double distinctNames, @Bindable(defaultValue = "0.09") double similarThreshold,
		@Bindable(defaultValue = "1") double sameEventDays, @Bindable(defaultValue = "2.5") double decayDays,
		@Bindable(defaultValue = "7") double windowDays, @Bindable(defaultValue = "20000") int windowArticles,
		@Bindable(defaultValue = "0.5") double relatedBoost, @Bindable(defaultValue = "0.5") double imageBoost,
		@Bindable(defaultValue = "0.5") double nearDuplicate, @Bindable(defaultValue = "0.8") double syndicated,
		@Bindable(defaultValue = "12") int blockingTerms, @Bindable(defaultValue = "20") int blockNeighbours,
		@Bindable(defaultValue = "5") int topTerms, @Bindable(defaultValue = "java") Algorithm algorithm) {

	public enum Algorithm {

		AUTO, GDS, JAVA

	}

	static StorySettings defaults() {
		return new StorySettings(0.17, 0.02, 0.15, 0.5, 0.09, 1, 2.5, 7, 20_000, 0.5, 0.5, 0.5, 0.8, 12, 20, 5,
				Algorithm.JAVA);
	}

}
