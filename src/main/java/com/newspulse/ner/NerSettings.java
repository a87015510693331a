package com.newspulse.ner;

/**
 * Training settings of {@code train-ner}.
 *
 * @param posIterations PerceptronApproach iterations
 * @param embeddingsDim Word2Vec vector size
 * @param embeddingsMinCount a word needs this many occurrences to get a vector
 * @param embeddingsIterations Word2Vec passes over the text
 * @param embeddingsMaxDocuments at most this many unlabeled documents for Word2Vec (0 = all)
 * @param crfMaxEpochs NerCrf epochs (training also stops when the loss improves by less than 0.1%)
 * @param crfL2 NerCrf L2 regularisation
 * @param seed random seed of Word2Vec and NerCrf
 */
public record NerSettings(
    int posIterations,
    int embeddingsDim,
    int embeddingsMinCount,
    int embeddingsIterations,
    long embeddingsMaxDocuments,
    int crfMaxEpochs,
    double crfL2,
    int seed) {
  public static final NerSettings DEFAULTS = new NerSettings(5, 100, 3, 1, 0, 20, 1.0, 42);
}
