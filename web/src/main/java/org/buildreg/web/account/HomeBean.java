package org.buildreg.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.buildreg.account.AccountOverview;
import org.buildreg.account.AccountService;

/** 个人中心. */
@Named
@ViewScoped
public class HomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;
    private AccountOverview overview;

    public void load() {
        overview = accounts.overview();
    }

    public AccountOverview getOverview() {
        return overview;
    }
}
