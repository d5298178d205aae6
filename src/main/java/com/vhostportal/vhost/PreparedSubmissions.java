package com.vhostportal.vhost;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * The reviewed requests of one user's session, each under a one-time token. A token is
 * taken exactly once; a second POST with it (a double click, a reload) finds the result
 * of the first instead of sending again.
 */
@Component
class PreparedSubmissions {

	/** What {@link #sentAs} answers while the first POST of a token is still sending. */
	static final long SENDING = -1L;

	private static final String ATTRIBUTE = PreparedSubmissions.class.getName();

	// Enough for a user's open tabs; the oldest reviews are forgotten first.
	private static final int MAX_PER_SESSION = 50;

	private final SecureRandom random = new SecureRandom();

	String newToken() {
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	void put(HttpSession session, PreparedSubmission submission) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Entries entries = entries(session);
			entries.prepared.put(submission.token(), submission);
			entries.trim();
			session.setAttribute(ATTRIBUTE, entries);
		}
	}

	Optional<PreparedSubmission> find(HttpSession session, String token) {
		synchronized (WebUtils.getSessionMutex(session)) {
			return Optional.ofNullable(entries(session).prepared.get(token));
		}
	}

	/**
	 * Takes a prepared submission for sending, so no other request can send it again.
	 * @return the submission, or empty if it was taken before or never existed
	 */
	Optional<PreparedSubmission> take(HttpSession session, String token) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Entries entries = entries(session);
			PreparedSubmission submission = entries.prepared.remove(token);
			if (submission != null) {
				entries.sent.put(token, SENDING);
				session.setAttribute(ATTRIBUTE, entries);
			}
			return Optional.ofNullable(submission);
		}
	}

	void recordSent(HttpSession session, String token, long historyId) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Entries entries = entries(session);
			entries.sent.put(token, historyId);
			session.setAttribute(ATTRIBUTE, entries);
		}
	}

	/**
	 * Returns the history record of a token that was already sent.
	 * @return the record id; {@link #SENDING} while the first POST is still under way
	 */
	Optional<Long> sentAs(HttpSession session, String token) {
		synchronized (WebUtils.getSessionMutex(session)) {
			return Optional.ofNullable(entries(session).sent.get(token));
		}
	}

	private static Entries entries(HttpSession session) {
		Object entries = session.getAttribute(ATTRIBUTE);
		return (entries instanceof Entries existing) ? existing : new Entries();
	}

	private static final class Entries implements Serializable {

		private static final long serialVersionUID = 1L;

		private final LinkedHashMap<String, PreparedSubmission> prepared = new LinkedHashMap<>();

		private final LinkedHashMap<String, Long> sent = new LinkedHashMap<>();

		void trim() {
			trim(this.prepared);
			trim(this.sent);
		}

		private static void trim(Map<String, ?> map) {
			while (map.size() > MAX_PER_SESSION) {
				map.remove(map.keySet().iterator().next());
			}
		}

	}

}
