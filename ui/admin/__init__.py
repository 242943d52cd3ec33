"""The Ward and Admin menus: wards and beds, admissions, users and roles."""

from ui.admin.admin_actions import AdminActions

__all__ = ["AdminActions"]
