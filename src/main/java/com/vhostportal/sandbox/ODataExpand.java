package com.vhostportal.sandbox;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The navigation paths a {@code $expand} query option asks for, such as
 * {@code proxyEndPoints/virtualhosts,apiProducts}.
 */
final class ODataExpand {

	static final String PARAMETER = "$expand";

	private final Set<String> paths;

	private ODataExpand(Set<String> paths) {
		this.paths = paths;
	}

	/**
	 * Reads a {@code $expand} value.
	 * @param value the value, or {@code null} when the option is absent
	 * @return the paths
	 */
	static ODataExpand of(String value) {
		if (value == null) {
			return new ODataExpand(Set.of());
		}
		return new ODataExpand(Arrays.stream(value.split(","))
			.map(String::trim)
			.filter((path) -> !path.isEmpty())
			.collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * Returns whether a navigation path is expanded, directly or as the start of a longer
	 * path ({@code a/b} expands {@code a} too).
	 * @param path the path, such as {@code proxyEndPoints/virtualhosts}
	 * @return {@code true} if it is expanded
	 */
	boolean includes(String path) {
		String prefix = path + "/";
		Predicate<String> covers = (asked) -> asked.equals(path) || asked.startsWith(prefix);
		return this.paths.stream().anyMatch(covers);
	}

}
