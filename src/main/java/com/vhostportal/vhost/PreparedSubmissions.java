package com.vhostportal.vhost;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * The reviewed requests of one user's session, each under a one-time token. A token is
 * sent exactly once: the first POST claims it in the database, and a second one (a double
 * click, a reload, another tab or another instance) finds the result of the first instead
 * of sending again.
 */
@Component
class PreparedSubmissions {

	/** What {@link #sentAs} answers while the first POST of a token is still sending. */
	static final long SENDING = -1L;

	private static final String ATTRIBUTE = PreparedSubmissions.class.getName();

	// Enough for a user's open tabs; the oldest reviews are forgotten first.
	private static final int MAX_PER_SESSION = 50;

	private final SecureRandom random = new SecureRandom();

	private final SubmissionClaims claims;

	PreparedSubmissions(SubmissionClaims claims) {
		this.claims = claims;
	}

	String newToken() {
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	void put(HttpSession session, PreparedSubmission submission) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Entries entries = entries(session);
			entries.put(submission);
			session.setAttribute(ATTRIBUTE, entries);
		}
	}

	Optional<PreparedSubmission> find(HttpSession session, String token) {
		synchronized (WebUtils.getSessionMutex(session)) {
			return Optional.ofNullable(entries(session).get(token));
		}
	}

	/**
	 * Takes a prepared submission for sending, so no other request can send it again.
	 * @return the submission, or empty if it was taken before or never existed
	 */
	Optional<PreparedSubmission> take(HttpSession session, String token) {
		Optional<PreparedSubmission> submission = find(session, token);
		if (submission.isEmpty() || !this.claims.claim(token)) {
			return Optional.empty();
		}
		synchronized (WebUtils.getSessionMutex(session)) {
			Entries entries = entries(session);
			entries.remove(token);
			session.setAttribute(ATTRIBUTE, entries);
		}
		return submission;
	}

	/**
	 * Puts back a submission that was taken but not sent, so the user can send it again.
	 */
	void giveBack(HttpSession session, PreparedSubmission submission) {
		this.claims.release(submission.token());
		put(session, submission);
	}

	void recordSent(String token, long historyId) {
		this.claims.recordSent(token, historyId);
	}

	/**
	 * Returns the history record of a token that was already sent.
	 * @return the record id; {@link #SENDING} while the first POST is still under way
	 */
	Optional<Long> sentAs(String token) {
		Optional<SubmissionClaims.Claim> claim = this.claims.find(token);
		return claim.map((found) -> (found.historyId() != null) ? found.historyId() : SENDING);
	}

	private static Entries entries(HttpSession session) {
		Object entries = session.getAttribute(ATTRIBUTE);
		return (entries instanceof Entries existing) ? existing : new Entries();
	}

	private static final class Entries implements Serializable {

		private static final long serialVersionUID = 2L;

		private final LinkedHashMap<String, PreparedSubmission> prepared = new LinkedHashMap<>();

		PreparedSubmission get(String token) {
			return this.prepared.get(token);
		}

		void put(PreparedSubmission submission) {
			this.prepared.put(submission.token(), submission);
			while (this.prepared.size() > MAX_PER_SESSION) {
				this.prepared.remove(this.prepared.keySet().iterator().next());
			}
		}

		void remove(String token) {
			this.prepared.remove(token);
		}

	}

}
