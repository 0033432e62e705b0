package org.gavel.grants.model;

/**
 * One criterion a request for proposals is scored on.
 *
 * @param key its short name, unique in the request, e.g. {@code impact}
 * @param title what evaluators read, e.g. "Impact on smallholders"
 * @param weight its share of the total, in percent (the weights of a request sum to 100)
 * @param maxScore the highest score an evaluator may give, from 1; the lowest is 0
 * @param guidance what a low and a high score mean, shown beside the score
 */
public record Criterion(String key, String title, int weight, int maxScore, String guidance) {

}
