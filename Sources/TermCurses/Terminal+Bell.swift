internal import CNCursesW

extension Terminal {
    /// Rings the terminal bell once with ncurses `beep()` (the audible bell, or a visible flash
    /// where the terminal has no bell). Inside tmux the pane's window gets its bell flag and the
    /// `alert-bell` hook runs. UI thread only; does nothing after ``shutdown()``.
    public func bell() {
        owner.check()
        guard isActive else { return }
        beep()
    }
}
