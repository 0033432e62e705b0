package org.gavel.membership.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What changed between two rolls of the same electorate, for the secretariat to review.
 *
 * @param added entries only in the newer roll
 * @param removed entries only in the older roll
 * @param changed entries present in both but different (older, newer)
 */
public record RollDiff(List<RollEntry> added, List<RollEntry> removed, List<Change> changed) {

	public static RollDiff between(Electorate electorate, List<RollEntry> older, List<RollEntry> newer) {
		return between(electorate::keyOf, older, newer);
	}

	/**
	 * What changed between two rolls whose entries are told apart by a key.
	 * @param keyOf what identifies an entry (see {@link ElectoralRoll#keyOf})
	 * @param older the older roll's entries
	 * @param newer the newer roll's entries
	 * @return the difference
	 */
	public static RollDiff between(Function<RollEntry, String> keyOf, List<RollEntry> older, List<RollEntry> newer) {
		Map<String, RollEntry> before = byKey(keyOf, older);
		Map<String, RollEntry> after = byKey(keyOf, newer);
		List<RollEntry> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		after.forEach((key, entry) -> {
			RollEntry previous = before.get(key);
			if (previous == null) {
				added.add(entry);
			}
			else if (!previous.equals(entry)) {
				changed.add(new Change(previous, entry));
			}
		});
		List<RollEntry> removed = before.entrySet()
			.stream()
			.filter((entry) -> !after.containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return new RollDiff(added, removed, changed);
	}

	public boolean isEmpty() {
		return this.added.isEmpty() && this.removed.isEmpty() && this.changed.isEmpty();
	}

	private static Map<String, RollEntry> byKey(Function<RollEntry, String> key, List<RollEntry> entries) {
		Map<String, RollEntry> map = new LinkedHashMap<>();
		entries.forEach((entry) -> map.put(key.apply(entry), entry));
		return map;
	}

	/**
	 * One entry, before and after.
	 *
	 * @param before as in the older roll
	 * @param after as in the newer roll
	 */
	public record Change(RollEntry before, RollEntry after) {

	}

}
