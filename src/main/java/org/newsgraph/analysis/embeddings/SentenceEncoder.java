package org.newsgraph.analysis.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.newsgraph.NewsgraphException;

/**
 * Encodes texts as unit vectors with all-MiniLM-L6-v2 (mean of the token vectors,
 * normalised, as the model was trained). Each text goes through the model alone, one text
 * per core at a time, each on one ONNX thread: the quantised model scales its numbers
 * over a whole batch, so a text batched with others gets a vector that moves with its
 * companions, and on two cores batches of 2 to 8 were no faster than one text at a time
 * (BENCHMARKS.md, "Sentence embeddings"). So a text's vector depends on its text alone:
 * the same for a query as for an article, and after a resumed run as after an unbroken
 * one. Twice as fast as LangChain4j's own path, which runs one session per text with
 * every core.
 */
public final class SentenceEncoder implements AutoCloseable {

	public static final int DIMENSIONS = 384;

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final OrtEnvironment environment = OrtEnvironment.getEnvironment();

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final ExecutorService workers;

	/**
	 * @param maxTokens texts are cut after this many tokens
	 * @param threads texts encoded at once
	 */
	public SentenceEncoder(int maxTokens, int threads) {
		try (InputStream model = resource(MODEL); InputStream vocabulary = resource(TOKENIZER)) {
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			this.session = environment.createSession(model.readAllBytes(), options);
			this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
					Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(maxTokens)));
		}
		catch (IOException | OrtException ex) {
			throw new NewsgraphException("Cannot load the sentence-embedding model: " + ex.getMessage(), ex);
		}
		this.workers = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "newsgraph-embeddings");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** One unit vector per text, in the order of the texts. */
	public float[][] encode(List<String> texts) {
		List<Future<float[]>> vectors = texts.stream().map(text -> workers.submit(() -> encodeAlone(text))).toList();
		try {
			float[][] encoded = new float[vectors.size()][];
			for (int i = 0; i < encoded.length; i++) {
				encoded[i] = vectors.get(i).get();
			}
			return encoded;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Interrupted while encoding texts", ex);
		}
		catch (ExecutionException ex) {
			throw new NewsgraphException("Cannot encode texts: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	/**
	 * The vector of one text, as {@link #encode(List)} gives it, worked out on the
	 * calling thread: a search query does not queue behind a round's texts.
	 */
	public float[] encode(String text) {
		try {
			return encodeAlone(text);
		}
		catch (OrtException ex) {
			throw new NewsgraphException("Cannot encode a text: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		workers.shutdownNow();
		tokenizer.close();
		try {
			session.close();
		}
		catch (OrtException ex) {
			throw new NewsgraphException("Cannot close the sentence-embedding model: " + ex.getMessage(), ex);
		}
	}

	private float[] encodeAlone(String text) throws OrtException {
		long[][] ids = { tokenizer.encode(text).getIds() };
		long[][] mask = new long[1][ids[0].length];
		Arrays.fill(mask[0], 1);
		try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, ids);
				OnnxTensor attentionMask = OnnxTensor.createTensor(environment, mask);
				OnnxTensor tokenTypes = OnnxTensor.createTensor(environment, new long[1][ids[0].length]);
				OrtSession.Result result = session.run(
						Map.of("input_ids", inputIds, "attention_mask", attentionMask, "token_type_ids", tokenTypes))) {
			return meanOfTokens(((float[][][]) result.get(0).getValue())[0]);
		}
	}

	private static float[] meanOfTokens(float[][] tokenVectors) {
		float[] mean = new float[DIMENSIONS];
		for (float[] token : tokenVectors) {
			for (int d = 0; d < DIMENSIONS; d++) {
				mean[d] += token[d];
			}
		}
		return UnitVectors.normalised(mean);
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = SentenceEncoder.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IOException(name + " is not on the classpath");
		}
		return stream;
	}

}
