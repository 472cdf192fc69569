package dev.dtu.twins.jira.model.jql;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** A {@link JqlContext} built from plain data; good for a twin's in-memory model and for tests. */
public record SimpleJqlContext(JqlFieldCatalog fields, Optional<String> currentUser, Clock clock,
        Map<String, List<JqlOption>> optionsByField, List<User> users, Map<String, Set<String>> groups,
        Predicate<String> existingIssues) implements JqlContext {

    /** A known user; queries may name them by account id, email or display name. */
    public record User(String accountId, String displayName, String email) {
    }

    public SimpleJqlContext {
        optionsByField = Map.copyOf(optionsByField);
        users = List.copyOf(users);
        groups = Map.copyOf(groups);
    }

    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    @Override
    public List<JqlOption> options(String fieldId) {
        return optionsByField.getOrDefault(fieldId, List.of());
    }

    /** With no users registered, any text is taken as an account id. */
    @Override
    public Optional<String> resolveUser(String user) {
        if (users.isEmpty()) {
            return Optional.of(user);
        }
        return users.stream().filter(u -> u.accountId().equals(user) || user.equalsIgnoreCase(u.email())
                || user.equalsIgnoreCase(u.displayName())).map(User::accountId).findFirst();
    }

    @Override
    public Optional<Set<String>> groupMembers(String group) {
        return groups.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(group))
                .map(Map.Entry::getValue).findFirst();
    }

    @Override
    public boolean issueExists(String key) {
        return existingIssues.test(key);
    }

    @Override
    public String displayName(String accountId) {
        return users.stream().filter(u -> u.accountId().equals(accountId)).map(User::displayName)
                .findFirst().orElse(accountId);
    }

    public static final class Builder {
        private final Clock clock;
        private JqlFieldCatalog fields = JqlFieldCatalog.system();
        private Optional<String> currentUser = Optional.empty();
        private final Map<String, List<JqlOption>> options = new HashMap<>();
        private List<User> users = List.of();
        private final Map<String, Set<String>> groups = new HashMap<>();
        private Predicate<String> existingIssues = key -> true;

        private Builder(Clock clock) {
            this.clock = clock;
        }

        public Builder fields(JqlFieldCatalog catalog) {
            this.fields = catalog;
            return this;
        }

        public Builder currentUser(String accountId) {
            this.currentUser = Optional.ofNullable(accountId);
            return this;
        }

        public Builder options(String fieldId, List<JqlOption> values) {
            options.put(fieldId, values);
            return this;
        }

        public Builder users(List<User> known) {
            this.users = known;
            return this;
        }

        public Builder group(String name, Set<String> members) {
            groups.put(name, members);
            return this;
        }

        public Builder existingIssues(Predicate<String> exists) {
            this.existingIssues = exists;
            return this;
        }

        public SimpleJqlContext build() {
            return new SimpleJqlContext(fields, currentUser, clock, options, users, groups, existingIssues);
        }
    }
}
