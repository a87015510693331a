/**
 * {@code newspulse bench}: throughput of the project's plain-Java text work against Spark NLP's
 * equivalents and against a read-and-touch floor, measured in one run on one input. See
 * docs/benchmarks.md.
 */
package com.newspulse.bench;
