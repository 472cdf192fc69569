package dev.dtu.twins.okta.model;

/** The System Log event each lifecycle operation leaves. */
final class LifecycleEvents {
    private LifecycleEvents() {
    }

    static void log(SystemLog log, LifecycleOperation operation, LogActor user) {
        switch (operation) {
            case ACTIVATE -> log.success("user.lifecycle.activate", "Activate Okta user", user);
            case REACTIVATE -> log.success("user.lifecycle.reactivate", "Reactivate Okta user", user);
            case DEACTIVATE -> log.success("user.lifecycle.deactivate", "Deactivate Okta user", user);
            case SUSPEND -> log.success("user.lifecycle.suspend", "Suspend Okta user", user);
            case UNSUSPEND -> log.success("user.lifecycle.unsuspend", "Unsuspend Okta user", user);
            case UNLOCK -> log.success("user.account.unlock", "Unlock user account", user);
            case EXPIRE_PASSWORD, EXPIRE_PASSWORD_WITH_TEMP_PASSWORD ->
                    log.success("user.lifecycle.password_mass_expiry", "Expire password for Okta user", user);
            case RESET_PASSWORD -> log.success("user.account.reset_password", "Reset password for Okta user", user);
        }
    }
}
