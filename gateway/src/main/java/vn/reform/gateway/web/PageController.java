package vn.reform.gateway.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import reactor.core.publisher.Mono;

import vn.reform.gateway.domain.AuthenticatedUser;
import vn.reform.gateway.domain.Role;
import vn.reform.gateway.security.UserAuthentication;

/**
 * The pages: server-rendered shells whose scripts (in /js) call the JSON API with the session cookie. Who may
 * open which page is decided in SecurityConfig.
 */
@Controller
class PageController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    Mono<String> home(Mono<Authentication> authentication) {
        return authentication
                .flatMap(a -> Mono.justOrEmpty(UserAuthentication.userOf(a)))
                .map(PageController::landing)
                .defaultIfEmpty("redirect:/login");
    }

    private static String landing(AuthenticatedUser user) {
        if (user.has(Role.HOME_AFFAIRS)) {
            return "redirect:/dashboard";
        }
        if (user.has(Role.ADMIN) && user.agency() == null) {
            return "redirect:/admin/users";
        }
        return "redirect:/rounds";
    }

    @GetMapping("/rounds")
    String rounds() {
        return "rounds";
    }

    @GetMapping("/rounds/{round}/reports/{agency}")
    String report(@PathVariable String round, @PathVariable String agency, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("agency", agency);
        return "report";
    }

    @GetMapping("/dashboard")
    String dashboards() {
        return "dashboards";
    }

    @GetMapping("/dashboard/{round}")
    String dashboard(@PathVariable String round, Model model) {
        model.addAttribute("round", round);
        return "dashboard";
    }

    @GetMapping("/admin/users")
    String users() {
        return "admin-users";
    }
}
