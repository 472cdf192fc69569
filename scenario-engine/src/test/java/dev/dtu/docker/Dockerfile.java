package dev.dtu.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Dockerfile read as its stages of instructions (continuation lines joined, comments dropped). */
record Dockerfile(List<Stage> stages) {
    record Instruction(int line, String keyword, String arguments) {
    }

    record Stage(String base, String name, List<Instruction> instructions) {
        List<Instruction> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
        }
    }

    static Dockerfile read(Path file) throws IOException {
        List<Stage> stages = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        StringBuilder joined = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (joined.isEmpty() && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (joined.isEmpty()) {
                start = i + 1;
            }
            boolean continues = line.endsWith("\\");
            joined.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                add(stages, new Instruction(start, keyword(joined), arguments(joined)));
                joined.setLength(0);
            }
        }
        return new Dockerfile(stages);
    }

    private static void add(List<Stage> stages, Instruction instruction) {
        if (instruction.keyword().equals("FROM")) {
            String[] words = instruction.arguments().split("\\s+");
            String name = words.length == 3 && words[1].equalsIgnoreCase("AS") ? words[2] : null;
            stages.add(new Stage(words[0], name, new ArrayList<>()));
        } else if (stages.isEmpty()) {
            throw new IllegalStateException("line " + instruction.line() + ": " + instruction.keyword() + " before FROM");
        } else {
            stages.getLast().instructions().add(instruction);
        }
    }

    private static String keyword(StringBuilder joined) {
        return joined.toString().strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static String arguments(StringBuilder joined) {
        String[] parts = joined.toString().strip().split("\\s+", 2);
        return parts.length < 2 ? "" : parts[1].strip().replaceAll("\\s+", " ");
    }

    Stage stage(String name) {
        return stages.stream().filter(s -> name.equals(s.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no stage named " + name));
    }

    Stage last() {
        return stages.getLast();
    }
}
