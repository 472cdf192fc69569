package dev.dtu.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dtu completion bash|zsh}: picocli's completion script (the bash script also runs under zsh's bashcompinit). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a tab-completion script: source <(./dtu completion bash), or zsh.")
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        System.out.print(AutoComplete.bash("dtu", root));
        System.out.flush();
        return 0;
    }
}
