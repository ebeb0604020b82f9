"""Sets up Keystone for the real-cloud tests, after ``keystone-manage bootstrap``.

Creates, or brings up to date when they exist (it is safe to run again):
the roles member, service and ResellerAdmin; the projects ``service`` and
``demo``; the service users ``swift`` and ``glance`` (admin and service roles
on ``service``); the user ``demo`` (member of ``demo``); the services
``object-store`` and ``image`` with public, internal and admin endpoints in
the region. Then writes the IDs the tests need to OUTPUT_FILE, one
``key=value`` per line.

usage: keystone_setup.py OUTPUT_FILE
The rest comes from the environment (so that no password is on a command
line): REALCLOUD_AUTH_URL (Keystone's /v3), REALCLOUD_REGION,
REALCLOUD_ADMIN_PASSWORD, REALCLOUD_DEMO_PASSWORD, REALCLOUD_SWIFT_PASSWORD,
REALCLOUD_GLANCE_PASSWORD, REALCLOUD_OBJECT_STORE_URL (with
``$(project_id)s``), REALCLOUD_IMAGE_URL.
"""

import os
import sys

from keystoneauth1 import session
from keystoneauth1.identity import v3


def env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit("%s is not set" % name)
    return value


class Keystone:
    def __init__(self, base, admin_password):
        self.base = base
        auth = v3.Password(
            auth_url=base,
            username="admin",
            password=admin_password,
            project_name="admin",
            user_domain_id="default",
            project_domain_id="default",
        )
        # raise_exc (the default) turns every 4xx/5xx into an exception.
        self.session = session.Session(auth=auth)

    def list(self, path, key, **query):
        return self.session.get(self.base + path, params=query).json()[key]

    def ensure(self, path, key, body, **query):
        """The first entity the query finds, else a new one made from body."""
        found = self.list(path, key, **query)
        if found:
            return found[0]
        singular = key[:-1]
        return self.session.post(self.base + path, json={singular: body}).json()[singular]

    def role_ids(self):
        for name in ("member", "service", "ResellerAdmin"):
            self.ensure("/roles", "roles", {"name": name}, name=name)
        return {role["name"]: role["id"] for role in self.list("/roles", "roles")}

    def project(self, name):
        body = {"name": name, "domain_id": "default", "enabled": True}
        return self.ensure("/projects", "projects", body, name=name, domain_id="default")

    def user(self, name, password, project, roles, role_ids):
        found = self.list("/users", "users", name=name, domain_id="default")
        if found:
            user = found[0]
            # The password must be the one the credentials file hands out.
            self.session.patch(
                self.base + "/users/" + user["id"],
                json={"user": {"password": password, "enabled": True}},
            )
        else:
            body = {
                "name": name,
                "password": password,
                "domain_id": "default",
                "default_project_id": project["id"],
                "enabled": True,
            }
            user = self.session.post(self.base + "/users", json={"user": body}).json()["user"]
        for role in roles:
            self.session.put(
                "%s/projects/%s/users/%s/roles/%s"
                % (self.base, project["id"], user["id"], role_ids[role])
            )
        return user

    def service(self, name, kind, url, region):
        body = {"name": name, "type": kind, "enabled": True}
        service = self.ensure("/services", "services", body, type=kind)
        for interface in ("public", "internal", "admin"):
            found = self.list(
                "/endpoints", "endpoints", service_id=service["id"], interface=interface
            )
            wanted = {
                "service_id": service["id"],
                "interface": interface,
                "url": url,
                "region_id": region,
                "enabled": True,
            }
            if not found:
                self.session.post(self.base + "/endpoints", json={"endpoint": wanted})
            elif found[0]["url"] != url or found[0].get("region_id") != region:
                self.session.patch(
                    self.base + "/endpoints/" + found[0]["id"], json={"endpoint": wanted}
                )


def main():
    output = sys.argv[1]
    region = env("REALCLOUD_REGION")
    keystone = Keystone(env("REALCLOUD_AUTH_URL"), env("REALCLOUD_ADMIN_PASSWORD"))
    role_ids = keystone.role_ids()

    service_project = keystone.project("service")
    demo_project = keystone.project("demo")
    admin_project = keystone.project("admin")
    admin = keystone.list("/users", "users", name="admin", domain_id="default")[0]

    for name, variable in (("swift", "REALCLOUD_SWIFT_PASSWORD"), ("glance", "REALCLOUD_GLANCE_PASSWORD")):
        keystone.user(name, env(variable), service_project, ["admin", "service"], role_ids)
    demo = keystone.user("demo", env("REALCLOUD_DEMO_PASSWORD"), demo_project, ["member"], role_ids)

    keystone.service("swift", "object-store", env("REALCLOUD_OBJECT_STORE_URL"), region)
    keystone.service("glance", "image", env("REALCLOUD_IMAGE_URL"), region)

    lines = [
        "admin_user_id=" + admin["id"],
        "admin_project_id=" + admin_project["id"],
        "demo_user_id=" + demo["id"],
        "demo_project_id=" + demo_project["id"],
    ]
    temporary = output + ".tmp"
    with open(temporary, "w") as file:
        file.write("\n".join(lines) + "\n")
    os.replace(temporary, output)
    print("keystone setup done: " + ", ".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
