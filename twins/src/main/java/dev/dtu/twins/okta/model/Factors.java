package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Kind;
import dev.dtu.server.state.State;
import dev.dtu.server.state.Tx;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Factors API over one write: enroll, activate, verify, reset, and the push transactions. One-time
 * passcodes are 6 digits and live 5 minutes (Okta's default {@code tokenLifetimeSeconds}, 300); a push
 * waits 5 minutes for the person (Okta documents the push timeout without a figure: the twin's choice).
 */
public final class Factors {
    public static final Kind<Factor> FACTORS = Kind.of("okta", "factors", Factor.class);
    public static final Kind<FactorTransaction> TRANSACTIONS = Kind.of("okta", "factorTransactions",
            FactorTransaction.class);
    public static final Kind<OutboxMessage> OUTBOX = Kind.of("okta", "outbox", OutboxMessage.class);
    static final Duration CODE_LIFETIME = Duration.ofSeconds(300);
    static final Duration PUSH_LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Okta's security questions (a subset of {@code GET /users/{id}/factors/questions}, in Okta's wording). */
    public static final Map<String, String> QUESTIONS = questions();

    private final Tx tx;
    private final Audit audit;

    public Factors(Tx tx, Audit audit) {
        this.tx = tx;
        this.audit = audit;
    }

    public static List<Factor> of(State state, String userId) {
        return state.all(FACTORS).values().stream().filter(f -> f.userId().equals(userId))
                .sorted(Comparator.comparing(Factor::id)).toList();
    }

    public static List<Factor> active(State state, String userId) {
        return of(state, userId).stream().filter(f -> f.status() == FactorStatus.ACTIVE).toList();
    }

    public static Factor require(State state, String userId, String factorId) {
        return state.get(FACTORS, factorId).filter(f -> f.userId().equals(userId))
                .orElseThrow(() -> OktaErrors.notFound(factorId, "UserFactor"));
    }

    /** What the person enrolls: a type, a provider, the profile (phone number, email, question and answer). */
    public record Enrollment(String factorType, String provider, Map<String, Object> profile) {
    }

    /**
     * Enrolls a factor. A question is active at once; SMS, call and email are too when {@code activate} is
     * set, else they send an activation code; TOTP and push wait for activation.
     */
    public Factor enroll(User user, Enrollment request, boolean activate) {
        if (request.provider() != null && !FactorType.PROVIDERS.contains(request.provider())) {
            throw OktaErrors.factorEnrollFailed("Invalid Provider.");
        }
        FactorType type = FactorType.of(request.factorType())
                .orElseThrow(() -> OktaErrors.factorEnrollFailed("Factor not enabled."));
        String provider = request.provider() == null ? "OKTA" : request.provider();
        if (!type.providers().contains(provider)) {
            throw OktaErrors.factorEnrollFailed("Factor not enabled.");
        }
        if (of(tx.state(), user.id()).stream().anyMatch(f -> f.type() == type)) {
            throw OktaErrors.factorEnrollFailed("A factor of this type is already set up.");
        }
        Map<String, Object> profile = new LinkedHashMap<>();
        String secret = null;
        switch (type) {
            case QUESTION -> {
                String question = text(request.profile(), "question");
                String answer = text(request.profile(), "answer");
                if (question == null || !QUESTIONS.containsKey(question)) {
                    throw OktaErrors.apiValidationFailed("factorEnrollRequest",
                            List.of("question: The security question is invalid."));
                }
                if (answer == null || answer.trim().length() < 4) {
                    throw OktaErrors.apiValidationFailed("factorEnrollRequest",
                            List.of("answer: The security question answer must be at least 4 characters in length"));
                }
                profile.put("question", question);
                profile.put("questionText", QUESTIONS.get(question));
                secret = Passwords.hash(normalise(answer));
            }
            case SMS, CALL -> {
                String phone = text(request.profile(), "phoneNumber");
                if (phone == null || phone.replaceAll("\\D", "").length() < 7) {
                    throw OktaErrors.apiValidationFailed("factorEnrollRequest",
                            List.of("phoneNumber: Invalid Phone Number."));
                }
                profile.put("phoneNumber", phone);
            }
            case EMAIL -> profile.put("email", Optional.ofNullable(text(request.profile(), "email"))
                    .orElse(user.text("email")));
            case TOTP -> {
                profile.put("credentialId", user.login());
                secret = Totp.newSecret();
            }
            case PUSH -> profile.put("credentialId", user.login());
        }
        boolean activeNow = type == FactorType.QUESTION || (activate && type.sendsCode());
        Instant now = audit.now();
        String id = OktaIds.next(tx, type.idPrefix());
        Factor factor = new Factor(id, user.id(), type, provider,
                activeNow ? FactorStatus.ACTIVE : FactorStatus.PENDING_ACTIVATION, now, now, profile, secret, null, null);
        tx.put(FACTORS, id, factor);
        new SystemLog(tx, audit).success("user.mfa.factor.update", "Enroll factor", LogActor.of(user));
        if (!activeNow && type.sendsCode()) {
            factor = send(user, factor, "activation");
        }
        return factor;
    }

    /** Activates a pending factor with the code the person received or computed. */
    public Factor activate(User user, String factorId, String passCode) {
        Factor factor = require(tx.state(), user.id(), factorId);
        if (factor.status() == FactorStatus.ACTIVE) {
            throw OktaErrors.apiValidationFailed("factor", List.of("The factor is already active."));
        }
        if (factor.type() == FactorType.PUSH) {
            throw OktaErrors.apiValidationFailed("factor", List.of("A push factor is activated from the device."));
        }
        if (!codeMatches(factor, passCode)) {
            throw OktaErrors.invalidPasscode(false);
        }
        Factor active = tx.put(FACTORS, factorId, factor.activated(audit.now()));
        new SystemLog(tx, audit).success("user.mfa.factor.activate", "Activate factor", LogActor.of(user));
        return active;
    }

    /** POST .../resend: a new activation code for a pending SMS, call or email factor. */
    public Factor resend(User user, String factorId) {
        Factor factor = require(tx.state(), user.id(), factorId);
        if (!factor.type().sendsCode() || factor.status() != FactorStatus.PENDING_ACTIVATION) {
            throw OktaErrors.apiValidationFailed("factor",
                    List.of("Only a pending sms, call or email factor can have its code sent again."));
        }
        return send(user, factor, "activation");
    }

    /** The outcome of one verification: its result and, for a push, the transaction to poll. */
    public record Verification(FactorResult result, Factor factor, FactorTransaction transaction) {
    }

    /**
     * Verifies an active factor: a passcode (TOTP, or the code sent), an answer, or — without a passcode — sends
     * a code (CHALLENGE) or a push (WAITING).
     */
    public Verification verify(User user, String factorId, String passCode, String answer) {
        Factor factor = require(tx.state(), user.id(), factorId);
        if (factor.status() != FactorStatus.ACTIVE) {
            throw OktaErrors.apiValidationFailed("factor", List.of("The factor is not active."));
        }
        return switch (factor.type()) {
            case QUESTION -> {
                if (answer == null || !Passwords.matches(factor.secret(), normalise(answer))) {
                    throw OktaErrors.invalidPasscode(true);
                }
                yield verified(user, factor);
            }
            case TOTP -> {
                if (!codeMatches(factor, passCode)) {
                    throw OktaErrors.invalidPasscode(false);
                }
                yield verified(user, factor);
            }
            case SMS, CALL, EMAIL -> {
                if (passCode == null || passCode.isEmpty()) {
                    yield new Verification(FactorResult.CHALLENGE, send(user, factor, "challenge"), null);
                }
                if (!codeMatches(factor, passCode)) {
                    throw OktaErrors.invalidPasscode(false);
                }
                tx.put(FACTORS, factor.id(), factor.withPassCode(null, null, audit.now()));
                yield verified(user, factor);
            }
            case PUSH -> new Verification(FactorResult.WAITING, factor, push(user, factor));
        };
    }

    public FactorTransaction transaction(String userId, String factorId, String transactionId) {
        require(tx.state(), userId, factorId);
        return tx.state().get(TRANSACTIONS, transactionId)
                .filter(t -> t.factorId().equals(factorId))
                .orElseThrow(() -> OktaErrors.notFound(transactionId, "FactorTransaction"));
    }

    /**
     * The person answers the newest waiting push on their device; with none waiting, a push enrollment
     * pending activation is completed (they scanned its QR code). Empty when there is nothing to answer.
     */
    public Optional<FactorResult> answerPush(User user, boolean approve) {
        Instant now = audit.now();
        Optional<FactorTransaction> waiting = tx.state().all(TRANSACTIONS).values().stream()
                .filter(t -> t.userId().equals(user.id()) && t.resultAt(now) == FactorResult.WAITING)
                .max(Comparator.comparing(FactorTransaction::created).thenComparing(FactorTransaction::id));
        if (waiting.isPresent()) {
            FactorResult decision = approve ? FactorResult.SUCCESS : FactorResult.REJECTED;
            tx.put(TRANSACTIONS, waiting.get().id(), waiting.get().decided(decision));
            return Optional.of(decision);
        }
        Optional<Factor> pending = of(tx.state(), user.id()).stream()
                .filter(f -> f.type() == FactorType.PUSH && f.status() == FactorStatus.PENDING_ACTIVATION).findFirst();
        if (pending.isPresent() && approve) {
            tx.put(FACTORS, pending.get().id(), pending.get().activated(now));
            return Optional.of(FactorResult.SUCCESS);
        }
        return Optional.empty();
    }

    /** DELETE /users/{id}/factors/{factorId}: the factor is gone, as if never enrolled. */
    public void reset(User user, String factorId) {
        require(tx.state(), user.id(), factorId);
        tx.remove(FACTORS, factorId);
        new SystemLog(tx, audit).success("user.mfa.factor.deactivate", "Reset factor for user", LogActor.of(user));
    }

    /** lifecycle/reset_factors: every factor of the user is reset. */
    public void resetAll(User user) {
        of(tx.state(), user.id()).forEach(f -> tx.remove(FACTORS, f.id()));
        new SystemLog(tx, audit).success("user.mfa.factor.reset_all", "Reset all factors for user", LogActor.of(user));
    }

    private Verification verified(User user, Factor factor) {
        new SystemLog(tx, audit).success("user.authentication.auth_via_mfa", "Authentication of user via MFA",
                LogActor.of(user));
        return new Verification(FactorResult.SUCCESS, factor, null);
    }

    private boolean codeMatches(Factor factor, String passCode) {
        if (factor.type() == FactorType.TOTP) {
            return Totp.matches(factor.secret(), passCode, audit.now());
        }
        return passCode != null && factor.passCode() != null && factor.passCode().equals(passCode)
                && audit.now().isBefore(factor.passCodeExpiresAt());
    }

    /** Sends a new one-time code to the factor's phone or email: into the outbox. */
    private Factor send(User user, Factor factor, String purpose) {
        String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
        Instant now = audit.now();
        Factor sent = tx.put(FACTORS, factor.id(), factor.withPassCode(code, now.plus(CODE_LIFETIME), now));
        Outbox.deliver(tx, user, factor.type().value(), "passCode", factor.id(), code, now);
        return sent;
    }

    private FactorTransaction push(User user, Factor factor) {
        Instant now = audit.now();
        String id = OktaIds.next(tx, "v2m");
        return tx.put(TRANSACTIONS, id, new FactorTransaction(id, user.id(), factor.id(), FactorResult.WAITING, now,
                now.plus(PUSH_LIFETIME)));
    }

    private static String normalise(String answer) {
        return answer.trim().toLowerCase(Locale.ROOT);
    }

    private static String text(Map<String, Object> profile, String key) {
        Object value = profile == null ? null : profile.get(key);
        return value == null ? null : value.toString();
    }

    private static Map<String, String> questions() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("disliked_food", "What is the food you least liked as a child?");
        q.put("name_of_first_plush_toy", "What is the name of your first stuffed animal?");
        q.put("first_award", "What did you earn your first medal or award for?");
        q.put("favorite_security_question", "What is your favorite security question?");
        q.put("favorite_toy", "What is the toy/stuffed animal you liked the most as a kid?");
        q.put("first_computer_game", "What was the first computer game you played?");
        q.put("favorite_movie_quote", "What is your favorite movie quote?");
        q.put("first_sports_team_mascot", "What was the mascot of the first sports team you played on?");
        q.put("first_music_purchase", "What music album or song did you first purchase?");
        q.put("favorite_art_piece", "What is your favorite piece of art?");
        q.put("grandmother_favorite_desert", "What was your grandmother's favorite dessert?");
        q.put("first_thing_cooked", "What was the first thing you learned to cook?");
        q.put("childhood_dream_job", "What was your dream job as a child?");
        q.put("place_where_significant_other_was_met", "Where did you meet your spouse/significant other?");
        q.put("favorite_vacation_location", "Where did you go for your favorite vacation?");
        q.put("new_years_two_thousand", "Where were you on New Year's Eve in the year 2000?");
        q.put("favorite_speaker_actor", "Who is your favorite speaker/orator?");
        q.put("favorite_book_movie_character", "Who is your favorite book/movie character?");
        q.put("favorite_sports_player", "Who is your favorite sports player?");
        return java.util.Collections.unmodifiableMap(q);
    }
}
