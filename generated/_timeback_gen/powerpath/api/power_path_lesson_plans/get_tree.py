from __future__ import annotations

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forbidden_response import ForbiddenResponse
from ...models.lesson_plan_response import LessonPlanResponse
from ...models.unauthorized_request_response import UnauthorizedRequestResponse
from ...types import Response


def _get_kwargs(
    course_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/powerpath/lessonPlans/{course_id}/{user_id}".format(
            course_id=quote(str(course_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse | None:
    if response.status_code == 200:
        response_200 = LessonPlanResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedRequestResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse
]:
    """Returns the lesson plan tree for a course and student


    Given a course sourced ID and a user sourced ID, returns the lesson plan tree.

    The lesson plan tree is nested object comprised of several lessonPlanItems,
    which are nodes that contain information about the lesson plan - including which component or
    component resource is associated with that node,
    as well as which node is its parent.

    A node may reference a component or a componentResource.
    A node with no parent is considered at the root level of the lesson plan tree.

    A student's lesson plan has a unique ID that can be used instead of the parameters to retrieve it.


    Args:
        course_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse | None:
    """Returns the lesson plan tree for a course and student


    Given a course sourced ID and a user sourced ID, returns the lesson plan tree.

    The lesson plan tree is nested object comprised of several lessonPlanItems,
    which are nodes that contain information about the lesson plan - including which component or
    component resource is associated with that node,
    as well as which node is its parent.

    A node may reference a component or a componentResource.
    A node with no parent is considered at the root level of the lesson plan tree.

    A student's lesson plan has a unique ID that can be used instead of the parameters to retrieve it.


    Args:
        course_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse
    """

    return sync_detailed(
        course_id=course_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse
]:
    """Returns the lesson plan tree for a course and student


    Given a course sourced ID and a user sourced ID, returns the lesson plan tree.

    The lesson plan tree is nested object comprised of several lessonPlanItems,
    which are nodes that contain information about the lesson plan - including which component or
    component resource is associated with that node,
    as well as which node is its parent.

    A node may reference a component or a componentResource.
    A node with no parent is considered at the root level of the lesson plan tree.

    A student's lesson plan has a unique ID that can be used instead of the parameters to retrieve it.


    Args:
        course_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse | None:
    """Returns the lesson plan tree for a course and student


    Given a course sourced ID and a user sourced ID, returns the lesson plan tree.

    The lesson plan tree is nested object comprised of several lessonPlanItems,
    which are nodes that contain information about the lesson plan - including which component or
    component resource is associated with that node,
    as well as which node is its parent.

    A node may reference a component or a componentResource.
    A node with no parent is considered at the root level of the lesson plan tree.

    A student's lesson plan has a unique ID that can be used instead of the parameters to retrieve it.


    Args:
        course_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ForbiddenResponse | LessonPlanResponse | UnauthorizedRequestResponse
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
