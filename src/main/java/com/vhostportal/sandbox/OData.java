package com.vhostportal.sandbox;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The wire shapes of OData V2 JSON that the sandbox answers with.
 */
final class OData {

	private OData() {
	}

	/**
	 * Writes an instant as OData V2 JSON writes a date.
	 * @param instant the instant, or {@code null}
	 * @return {@code /Date(<epoch millis>)/}, or {@code null}
	 */
	static String date(Instant instant) {
		return (instant != null) ? "/Date(" + instant.toEpochMilli() + ")/" : null;
	}

	static <T> Entity<T> entity(T entity) {
		return new Entity<>(entity);
	}

	static <T> Results<T> results(List<T> results) {
		return new Results<>(results);
	}

	static Deferred deferred(String uri) {
		return new Deferred(new Deferred.Link(uri));
	}

	static ErrorAnswer error(String code, String message) {
		ErrorAnswer.Message text = new ErrorAnswer.Message("en", message);
		return new ErrorAnswer(new ErrorAnswer.Error(code, text));
	}

	/**
	 * When an entity was created and last changed, and by whom.
	 *
	 * @param createdAt when it was created
	 * @param createdBy who created it
	 * @param changedAt when it last changed
	 * @param changedBy who last changed it
	 */
	// @formatter:off
	record LifeCycle(
			@JsonProperty("created_at") String createdAt,
			@JsonProperty("created_by") String createdBy,
			@JsonProperty("changed_at") String changedAt,
			@JsonProperty("changed_by") String changedBy) {
	// @formatter:on

		// @formatter:off
		static LifeCycle of(
				Instant createdAt,
				String createdBy,
				Instant changedAt,
				String changedBy) {
		// @formatter:on
			return new LifeCycle(date(createdAt), createdBy, date(changedAt), changedBy);
		}

		static LifeCycle createdAt(Instant at, String by) {
			return of(at, by, at, by);
		}

	}

	/**
	 * The envelope of every OData V2 JSON answer.
	 *
	 * @param <T> the type of the content
	 * @param d the entity or the page of a list
	 */
	record Entity<T>(T d) {

	}

	/**
	 * One page of an entity set.
	 *
	 * @param <T> the entity type
	 * @param results the entities of this page
	 * @param next the absolute URL of the next page, or {@code null} on the last page
	 */
	// @formatter:off
	record Page<T>(
			List<T> results,
			@JsonProperty("__next") @JsonInclude(Include.NON_NULL) String next) {
	// @formatter:on

	}

	/**
	 * An expanded navigation property holding a collection.
	 *
	 * @param <T> the entity type
	 * @param results the entities
	 */
	record Results<T>(List<T> results) {

	}

	/**
	 * A navigation property that was not expanded: only a link to it.
	 *
	 * @param deferred the link
	 */
	record Deferred(@JsonProperty("__deferred") Link deferred) {

		/**
		 * The link of a deferred navigation property.
		 *
		 * @param uri the absolute URL of the property
		 */
		record Link(String uri) {

		}

	}

	/**
	 * An OData V2 error answer.
	 *
	 * @param error the error
	 */
	record ErrorAnswer(Error error) {

		/**
		 * The error.
		 *
		 * @param code a code to look up
		 * @param message what went wrong
		 */
		record Error(String code, Message message) {

		}

		/**
		 * The message of an error.
		 *
		 * @param lang the language
		 * @param value the text
		 */
		record Message(String lang, String value) {

		}

	}

}
