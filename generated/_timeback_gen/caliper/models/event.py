from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.all_profiles import AllProfiles, check_all_profiles
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_actor_type_1 import EventActorType1
    from ..models.event_ed_app_type_1 import EventEdAppType1
    from ..models.event_extensions import EventExtensions
    from ..models.event_federated_session_type_1 import EventFederatedSessionType1
    from ..models.event_generated_type_1 import EventGeneratedType1
    from ..models.event_group_type_1 import EventGroupType1
    from ..models.event_membership_type_1 import EventMembershipType1
    from ..models.event_object_type_1 import EventObjectType1
    from ..models.event_referrer_type_1 import EventReferrerType1
    from ..models.event_session_type_1 import EventSessionType1
    from ..models.event_target_type_1 import EventTargetType1


T = TypeVar("T", bound="Event")
_new_instance = object.__new__

_LAZY_BOUND = False


def _bind_lazy_imports() -> None:
    """Import the models `from_dict` builds, once (not at module import: they may be circular)."""
    global _LAZY_BOUND
    global EventActorType1
    global EventEdAppType1
    global EventExtensions
    global EventFederatedSessionType1
    global EventGeneratedType1
    global EventGroupType1
    global EventMembershipType1
    global EventObjectType1
    global EventReferrerType1
    global EventSessionType1
    global EventTargetType1
    from ..models.event_actor_type_1 import EventActorType1
    from ..models.event_ed_app_type_1 import EventEdAppType1
    from ..models.event_extensions import EventExtensions
    from ..models.event_federated_session_type_1 import EventFederatedSessionType1
    from ..models.event_generated_type_1 import EventGeneratedType1
    from ..models.event_group_type_1 import EventGroupType1
    from ..models.event_membership_type_1 import EventMembershipType1
    from ..models.event_object_type_1 import EventObjectType1
    from ..models.event_referrer_type_1 import EventReferrerType1
    from ..models.event_session_type_1 import EventSessionType1
    from ..models.event_target_type_1 import EventTargetType1

    _LAZY_BOUND = True


def _parse_actor(data: object) -> EventActorType1 | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        actor_type_1 = EventActorType1.from_dict(data)

        return actor_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_object_(data: object) -> EventObjectType1 | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        object_type_1 = EventObjectType1.from_dict(data)

        return object_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_ed_app(data: object) -> EventEdAppType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        ed_app_type_1 = EventEdAppType1.from_dict(data)

        return ed_app_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_generated(data: object) -> EventGeneratedType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        generated_type_1 = EventGeneratedType1.from_dict(data)

        return generated_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_target(data: object) -> EventTargetType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        target_type_1 = EventTargetType1.from_dict(data)

        return target_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_referrer(data: object) -> EventReferrerType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        referrer_type_1 = EventReferrerType1.from_dict(data)

        return referrer_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_group(data: object) -> EventGroupType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        group_type_1 = EventGroupType1.from_dict(data)

        return group_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_membership(data: object) -> EventMembershipType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        membership_type_1 = EventMembershipType1.from_dict(data)

        return membership_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_session(data: object) -> EventSessionType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        session_type_1 = EventSessionType1.from_dict(data)

        return session_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


def _parse_federated_session(data: object) -> EventFederatedSessionType1 | str | Unset:
    if data is UNSET:
        return data  # type: ignore[return-value]
    try:
        if not isinstance(data, dict):
            raise TypeError()
        federated_session_type_1 = EventFederatedSessionType1.from_dict(data)

        return federated_session_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]


@_attrs_define
class Event:
    """# Event

    Represents a Caliper Event that describes learning activities

        Attributes:
            id (str): Unique identifier for this event. Must be a UUID expressed as a URN Example:
                urn:uuid:c51570e4-f8ed-4c18-bb3a-dfe51b2cc594.
            type_ (str): The type of this event. Must match the term specified in the Caliper information model Example:
                Event.
            actor (EventActorType1 | str): The agent who initiated the event Example: https://example.edu/users/554433.
            action (str): The action or predicate that binds the actor to the object Example: Created.
            object_ (EventObjectType1 | str): The object of the interaction Example:
                https://example.edu/terms/201801/courses/7/sections/1/assignments/1.
            event_time (datetime.datetime): ISO 8601 datetime when this event occurred Example: 2023-08-15T14:12:00.000Z.
            profile (AllProfiles): # Supported Profiles

                These are the profiles that this API currently supports.

                See the [specification](https://www.imsglobal.org/spec/caliper/v1p2#profiles-0) for a list of all profiles.
            context (str | Unset): The context of the Caliper entity data Default:
                'http://purl.imsglobal.org/ctx/caliper/v1p2'. Example: http://purl.imsglobal.org/ctx/caliper/v1p2.
            ed_app (EventEdAppType1 | str | Unset): The application context Example: https://example.edu/apps/learning-
                management.
            generated (EventGeneratedType1 | str | Unset): Entity generated as a result of the interaction Example:
                https://example.edu/users/554433/responses/1.
            target (EventTargetType1 | str | Unset): Entity that represents a particular segment or location within the
                object Example: https://example.edu/terms/201801/courses/7/sections/1/assignments/1/items/1.
            referrer (EventReferrerType1 | str | Unset): Entity that represents the referring context Example:
                https://example.edu/terms/201801/courses/7/sections/1.
            group (EventGroupType1 | str | Unset): An Organization that represents the group context. Can be either a URI or
                an Organization entity object Example: {'id': 'https://example.edu/terms/201801/courses/7/sections/1', 'type':
                'Organization', 'extensions': {'info': 'other params should follow organization schema'}}.
            membership (EventMembershipType1 | str | Unset): The relationship between the action and the group in terms of
                roles and status Example: https://example.edu/terms/201801/courses/7/sections/1/rosters/1.
            session (EventSessionType1 | str | Unset): The current user Session Example:
                https://example.edu/sessions/1f6442a482de72ea6ad134943812bff564a76259.
            federated_session (EventFederatedSessionType1 | str | Unset): If the Event occurs within the context of an LTI
                platform launch, the tool's LtiSession Example: https://example.edu/lti-
                sessions/b533eb02823f31024765305dd3af7b5e.
            extensions (EventExtensions | Unset): Additional attributes not defined by the model Example: {'customField':
                'customValue'}.
    """

    id: str
    type_: str
    actor: EventActorType1 | str
    action: str
    object_: EventObjectType1 | str
    event_time: datetime.datetime
    profile: AllProfiles
    context: str | Unset = "http://purl.imsglobal.org/ctx/caliper/v1p2"
    ed_app: EventEdAppType1 | str | Unset = UNSET
    generated: EventGeneratedType1 | str | Unset = UNSET
    target: EventTargetType1 | str | Unset = UNSET
    referrer: EventReferrerType1 | str | Unset = UNSET
    group: EventGroupType1 | str | Unset = UNSET
    membership: EventMembershipType1 | str | Unset = UNSET
    session: EventSessionType1 | str | Unset = UNSET
    federated_session: EventFederatedSessionType1 | str | Unset = UNSET
    extensions: EventExtensions | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_actor_type_1 import EventActorType1
        from ..models.event_ed_app_type_1 import EventEdAppType1
        from ..models.event_federated_session_type_1 import EventFederatedSessionType1
        from ..models.event_generated_type_1 import EventGeneratedType1
        from ..models.event_group_type_1 import EventGroupType1
        from ..models.event_membership_type_1 import EventMembershipType1
        from ..models.event_object_type_1 import EventObjectType1
        from ..models.event_referrer_type_1 import EventReferrerType1
        from ..models.event_session_type_1 import EventSessionType1
        from ..models.event_target_type_1 import EventTargetType1

        id = self.id

        type_ = self.type_

        actor: dict[str, Any] | str
        if isinstance(self.actor, EventActorType1):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        action = self.action

        object_: dict[str, Any] | str
        if isinstance(self.object_, EventObjectType1):
            object_ = self.object_.to_dict()
        else:
            object_ = self.object_

        event_time = self.event_time.isoformat()

        profile: str = self.profile

        context = self.context

        ed_app: dict[str, Any] | str | Unset
        if isinstance(self.ed_app, Unset):
            ed_app = UNSET
        elif isinstance(self.ed_app, EventEdAppType1):
            ed_app = self.ed_app.to_dict()
        else:
            ed_app = self.ed_app

        generated: dict[str, Any] | str | Unset
        if isinstance(self.generated, Unset):
            generated = UNSET
        elif isinstance(self.generated, EventGeneratedType1):
            generated = self.generated.to_dict()
        else:
            generated = self.generated

        target: dict[str, Any] | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, EventTargetType1):
            target = self.target.to_dict()
        else:
            target = self.target

        referrer: dict[str, Any] | str | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        elif isinstance(self.referrer, EventReferrerType1):
            referrer = self.referrer.to_dict()
        else:
            referrer = self.referrer

        group: dict[str, Any] | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        elif isinstance(self.group, EventGroupType1):
            group = self.group.to_dict()
        else:
            group = self.group

        membership: dict[str, Any] | str | Unset
        if isinstance(self.membership, Unset):
            membership = UNSET
        elif isinstance(self.membership, EventMembershipType1):
            membership = self.membership.to_dict()
        else:
            membership = self.membership

        session: dict[str, Any] | str | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, EventSessionType1):
            session = self.session.to_dict()
        else:
            session = self.session

        federated_session: dict[str, Any] | str | Unset
        if isinstance(self.federated_session, Unset):
            federated_session = UNSET
        elif isinstance(self.federated_session, EventFederatedSessionType1):
            federated_session = self.federated_session.to_dict()
        else:
            federated_session = self.federated_session

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "type": type_,
                "actor": actor,
                "action": action,
                "object": object_,
                "eventTime": event_time,
                "profile": profile,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context
        if ed_app is not UNSET:
            field_dict["edApp"] = ed_app
        if generated is not UNSET:
            field_dict["generated"] = generated
        if target is not UNSET:
            field_dict["target"] = target
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if group is not UNSET:
            field_dict["group"] = group
        if membership is not UNSET:
            field_dict["membership"] = membership
        if session is not UNSET:
            field_dict["session"] = session
        if federated_session is not UNSET:
            field_dict["federatedSession"] = federated_session
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_BOUND:
            _bind_lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = d["id"]

        type_ = d["type"]

        actor = _parse_actor(d["actor"])

        action = d["action"]

        object_ = _parse_object_(d["object"])

        event_time = datetime.datetime.fromisoformat(d["eventTime"])

        profile = check_all_profiles(d["profile"])

        context = d.get("@context", UNSET)

        ed_app = _parse_ed_app(d.get("edApp", UNSET))

        generated = _parse_generated(d.get("generated", UNSET))

        target = _parse_target(d.get("target", UNSET))

        referrer = _parse_referrer(d.get("referrer", UNSET))

        group = _parse_group(d.get("group", UNSET))

        membership = _parse_membership(d.get("membership", UNSET))

        session = _parse_session(d.get("session", UNSET))

        federated_session = _parse_federated_session(d.get("federatedSession", UNSET))

        _extensions = d.get("extensions", UNSET)
        extensions = (
            UNSET if _extensions is UNSET else EventExtensions.from_dict(_extensions)
        )

        if cls is Event:
            # attrs' __init__ only stores the fields (no validators or converters are generated):
            # store them directly, skipping the call and its argument handling.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.actor = actor
            _obj.action = action
            _obj.object_ = object_
            _obj.event_time = event_time
            _obj.profile = profile
            _obj.context = context
            _obj.ed_app = ed_app
            _obj.generated = generated
            _obj.target = target
            _obj.referrer = referrer
            _obj.group = group
            _obj.membership = membership
            _obj.session = session
            _obj.federated_session = federated_session
            _obj.extensions = extensions
        else:  # a subclass: its own __init__ may do more
            _obj = cls(
                id,
                type_,
                actor,
                action,
                object_,
                event_time,
                profile,
                context,
                ed_app,
                generated,
                target,
                referrer,
                group,
                membership,
                session,
                federated_session,
                extensions,
            )
        return _obj
