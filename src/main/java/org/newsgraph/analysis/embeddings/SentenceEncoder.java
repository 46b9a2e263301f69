package org.newsgraph.analysis.embeddings;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * Encodes texts as unit vectors with all-MiniLM-L6-v2 (mean of the token vectors under
 * the attention mask, normalised, as the model was trained). Texts are encoded in small
 * batches of similar token length, one batch per core at a time, each batch on one ONNX
 * thread: measured on two cores, that is about twice as fast as LangChain4j's one call
 * per text (BENCHMARKS.md, "Sentence embeddings"), and larger batches were slower.
 */
public final class SentenceEncoder implements AutoCloseable {

	public static final int DIMENSIONS = 384;

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final OrtEnvironment environment = OrtEnvironment.getEnvironment();

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final int batchSize;

	private final ExecutorService workers;

	/**
	 * @param maxTokens texts are cut after this many tokens
	 * @param batchSize texts per call of the model
	 * @param threads batches encoded at once
	 */
	public SentenceEncoder(int maxTokens, int batchSize, int threads) {
		this.batchSize = batchSize;
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
		long[][] tokens = new long[texts.size()][];
		for (int i = 0; i < tokens.length; i++) {
			tokens[i] = tokenizer.encode(texts.get(i)).getIds();
		}
		// Batches of similar length pad little.
		Integer[] byLength = new Integer[tokens.length];
		Arrays.setAll(byLength, i -> i);
		Arrays.sort(byLength, Comparator.comparingInt(i -> tokens[i].length));
		float[][] vectors = new float[texts.size()][];
		List<Future<?>> batches = new ArrayList<>();
		for (int from = 0; from < byLength.length; from += batchSize) {
			List<Integer> batch = Arrays.asList(byLength).subList(from, Math.min(byLength.length, from + batchSize));
			batches.add(workers.submit(() -> encode(batch, tokens, vectors)));
		}
		try {
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new NewsgraphException("Interrupted while encoding texts", ex);
		}
		catch (ExecutionException ex) {
			throw new NewsgraphException("Cannot encode texts: " + ex.getCause().getMessage(), ex.getCause());
		}
		return vectors;
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

	private Void encode(List<Integer> batch, long[][] tokens, float[][] vectors) throws OrtException {
		int length = batch.stream().mapToInt(i -> tokens[i].length).max().orElse(0);
		long[][] ids = new long[batch.size()][length];
		long[][] mask = new long[batch.size()][length];
		for (int row = 0; row < batch.size(); row++) {
			long[] text = tokens[batch.get(row)];
			System.arraycopy(text, 0, ids[row], 0, text.length);
			Arrays.fill(mask[row], 0, text.length, 1);
		}
		try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, ids);
				OnnxTensor attentionMask = OnnxTensor.createTensor(environment, mask);
				OnnxTensor tokenTypes = OnnxTensor.createTensor(environment, new long[batch.size()][length]);
				OrtSession.Result result = session.run(
						Map.of("input_ids", inputIds, "attention_mask", attentionMask, "token_type_ids", tokenTypes))) {
			float[][][] hidden = (float[][][]) result.get(0).getValue();
			for (int row = 0; row < batch.size(); row++) {
				vectors[batch.get(row)] = meanOfTokens(hidden[row], tokens[batch.get(row)].length);
			}
		}
		return null;
	}

	private static float[] meanOfTokens(float[][] tokenVectors, int tokens) {
		float[] mean = new float[DIMENSIONS];
		for (int token = 0; token < tokens; token++) {
			for (int d = 0; d < DIMENSIONS; d++) {
				mean[d] += tokenVectors[token][d];
			}
		}
		double norm = 0;
		for (float value : mean) {
			norm += value * value;
		}
		float scale = (float) (1 / Math.sqrt(norm));
		for (int d = 0; d < DIMENSIONS; d++) {
			mean[d] *= scale;
		}
		return mean;
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = SentenceEncoder.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IOException(name + " is not on the classpath");
		}
		return stream;
	}

}
