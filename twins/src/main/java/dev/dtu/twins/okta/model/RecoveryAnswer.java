package dev.dtu.twins.okta.model;

import dev.dtu.server.state.Confidential;
import dev.dtu.server.state.Kind;

/** The hash of a user's recovery question answer ({@code credentials.recovery_question.answer}). */
public record RecoveryAnswer(String userId, String answerHash) implements Confidential {
    public static final Kind<RecoveryAnswer> ANSWERS = Kind.of("okta", "recoveryAnswers", RecoveryAnswer.class);

    @Override
    public Object shown() {
        return new RecoveryAnswer(userId, "[okta:recoveryAnswer]");
    }
}
